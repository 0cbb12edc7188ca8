import sys
def main():
    print("running main")
    return 7
sys.exit(main())
