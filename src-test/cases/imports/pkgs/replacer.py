import sys
print("replacing myself")
sys.modules[__name__] = "a string stands in"
