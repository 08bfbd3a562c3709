from .x import X
Y = 2
