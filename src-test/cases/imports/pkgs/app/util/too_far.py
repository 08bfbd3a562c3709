from ... import nothing_here
