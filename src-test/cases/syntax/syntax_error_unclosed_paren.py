print("this line is never run")
x = (1 +
     2
y = 3
