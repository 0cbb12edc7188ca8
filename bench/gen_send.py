# send() into a primed coroutine: 1,000,000 sends per round, 4 rounds.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total // count

checksum = 0
for rnd in range(4):
    co = averager()
    next(co)  # prime
    last = 0
    for i in range(1000000):
        last = co.send((i * 7 + rnd) % 1000)
        checksum += last
    co.close()
    checksum = checksum % 1000000007
print("gen_send", last, checksum)
