# a small lexicon for tests
lexicon test
version 1

theme isolation
about Being alone.
facet loneliness
source Russell 1996.
lonely =2
alone
isolat*
isolate~
lone~
no one to talk to =1.5
nobody call~
eat~ alone
felt so alone
self-isolation =2
- leave it alone
- let alone

theme rejection
facet exclusion
source Williams 2007.
reject~
exclud*
left out
shut~ * door =1.5
turn~ away
stop~ .. invit~ me
- reject~ the null
- rejected parts

theme reciprocity
facet one-sided
source Gouldner 1960.
reach~ out
reach~ out first =1.5
always the one who call~ =2
give and take
don't owe
