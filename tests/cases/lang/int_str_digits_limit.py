import sys
big = 10 ** 4299
print(len(str(big)))
try:
    s = str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
print(hex(10 ** 5000)[:10], (10 ** 5000).bit_length())
sys.set_int_max_str_digits(10000)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
