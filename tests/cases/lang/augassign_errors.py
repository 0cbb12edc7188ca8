for code in ['x=1; x **= "a"', 'x=1; x += "a"', 'x="a"; x += 1', 'x=[1]; x *= "a"', 'x=(1,); x += [1]', 'x=None; x @= 1', 'x = 1; x <<= 1.0', 'x=b"a"; x += "s"', 'x={1}; x |= [1]', 'x=[1]; x += 1']:
    try:
        exec(code)
    except TypeError as e:
        print(e)
