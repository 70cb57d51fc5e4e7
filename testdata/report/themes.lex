# A frozen four-theme lexicon for the report's golden tests, so that
# editing the default themes does not change these files.
lexicon report-test
version 1
license CC-BY-4.0

theme reciprocity
about Care and effort flowing both ways.
facet exchange
source Gouldner (1960).
return the favo*
repa* =1.5
owe~
both ways
ledger =0.5
keep~ count
transactional

theme rejection
about Being shut out.
facet left-out
source Williams (2007).
left out =1.5
without me
unwanted
door that stay~ shut
radio silence
said nothing =0.5
- shut~ down

theme anomie
about Norms that no longer hold.
facet normlessness
source Durkheim (1897).
alienation
no one can be trusted
town is dying
drift =0.5
the rule is

theme isolation
about Loneliness and a shrinking circle.
facet loneliness
source Russell (1996).
lonely =2
no one to ring
bowling alone
alienation
know no one
quiet
- quiet ledger
