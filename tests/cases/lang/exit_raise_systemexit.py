def main():
    print("main running")
    try:
        return 1
    finally:
        print("finally before exit")

code = main()
try:
    pass
finally:
    print("cleanup")
raise SystemExit("fatal: bad config")
