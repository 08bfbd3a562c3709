def lookup(table, key):
    return table[key]

config = {"host": "localhost"}
print(lookup(config, "host"))
print(lookup(config, "port"))
