# len() uses __len__; reversed() uses __reversed__ or __len__ with __getitem__.
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3 or i < -3:
            raise IndexError(i)
        return "abc"[i]
print(len(Seq()), list(reversed(Seq())), list(Seq()))
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
try:
    reversed(object())
except TypeError as e:
    print(e)
