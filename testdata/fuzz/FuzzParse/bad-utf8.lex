theme ÿ
facet b
