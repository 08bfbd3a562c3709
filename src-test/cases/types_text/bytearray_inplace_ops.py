ba = bytearray(b'ab')
alias = ba
ba += b'cd'
ba *= 2
print(ba, alias is ba, alias)
print(ba + b'!', b'!' + ba, ba * 2, ba.upper(), type(ba.upper()).__name__, ba.split(b'c'))
