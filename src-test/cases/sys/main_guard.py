def main():
    print("running as", __name__)
    return 0

if __name__ == "__main__":
    main()
else:
    print("imported")
