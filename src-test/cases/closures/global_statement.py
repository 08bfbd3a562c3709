count = 0
def bump():
    global count
    count += 1
bump(); bump()
print(count)
def make():
    global created
    created = "yes"
make()
print(created)
