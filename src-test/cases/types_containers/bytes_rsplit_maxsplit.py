print(b'a b c d'.rsplit(None, 2), b'a,b,c'.rsplit(b',', 0), b'  a  '.rsplit(), b'x--y--z'.rsplit(b'--'))
