try:
    compile('x = (', 'f', 'exec')
except SyntaxError as e:
    print(type(e).__name__)
try:
    compile('x = 1', 'f', 'exec')
    print("compiled fine")
except SyntaxError as e:
    print(type(e).__name__)
print(issubclass(SyntaxError, Exception))
