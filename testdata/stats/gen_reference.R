# Benjamini-Hochberg reference values for package analyze.
#
# Called by gen_reference.py: reads one comma-separated vector of p values
# per line on standard input (NA for missing; an empty line is an empty
# vector) and writes R.version.string followed by one line per input with
# p.adjust(p, method = "BH") printed to 17 significant digits.
con <- file("stdin")
lines <- readLines(con)
close(con)
cat(R.version.string, "\n", sep = "")
for (line in lines) {
  if (nchar(line) == 0) {
    p <- numeric(0)
  } else {
    p <- as.numeric(strsplit(line, ",", fixed = TRUE)[[1]])
  }
  adj <- p.adjust(p, method = "BH")
  s <- ifelse(is.na(adj), "NA", sprintf("%.17g", adj))
  cat(paste(s, collapse = ","), "\n", sep = "")
}
