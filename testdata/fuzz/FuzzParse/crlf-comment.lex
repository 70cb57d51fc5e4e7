theme a
facet b
x =2 # comment
- x y
﻿
