# += on a list mutates in place (all aliases see it); on a tuple it rebinds.
a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)
t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)
a = a + [4]
print(a, alias, a is alias)
