def f():
    return 1/0
f()   
x = (1 +   
     "a")
