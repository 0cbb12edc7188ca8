data = {"k": [1, 2, 3]}
def get(i):
    return data["k"][i]
print(get(1))
get(10)
