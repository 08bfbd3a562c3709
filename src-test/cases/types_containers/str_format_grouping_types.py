print('{:,d}'.format(-1234567), '{:_b}'.format(255), '{:,.3f}'.format(1234.5), '{:_o}'.format(8**6), '{:n}'.format(10**6), '{:,}'.format(1.5e7))
