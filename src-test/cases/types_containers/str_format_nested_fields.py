data = {'name': 'x', 'items': [10, 20]}
print('{0[name]}:{0[items][1]}'.format(data), '{a.real}'.format(a=2+3j), '{0:{1}}'.format(3.14159, '.2f'))
