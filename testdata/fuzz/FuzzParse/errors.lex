theme a
facet b
x =1e309
x
* y
y ~
=2
theme a
facet b
