lexicon fuzz-seed
version 1
license CC0
about A small lexicon for fuzzing.

theme isolation
about Loneliness.
facet loneliness
source Written for the fuzz seeds.
lonely =2
isolat*
isolate~
no one to talk to
reach~ out =1.5
shut~ * door
don't belong~
\about to leave
- leave it alone

theme reciprocity
facet giving
give~ back
owe~ =0.5
