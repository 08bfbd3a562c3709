class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def describe(self):
        return "I am " + self.name + ": " + self.speak()

class Dog(Animal):
    def __init__(self, name, breed):
        Animal.__init__(self, name)
        self.breed = breed

    def speak(self):
        return Animal.speak(self) + " (woof)"

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (yip)"

for a in [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")]:
    print(a.describe())
print(Puppy("p", "x").breed)
