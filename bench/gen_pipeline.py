# A four-stage generator-expression pipeline.
N = 5000000
stage1 = (i * 3 for i in range(N))
stage2 = (x + 1 for x in stage1 if x % 2 == 0)
stage3 = (x * x % 1000003 for x in stage2)
stage4 = (x // 7 for x in stage3 if x & 1)
total = 0
count = 0
for v in stage4:
    total += v
    count += 1
print("gen_pipeline", count, total)
