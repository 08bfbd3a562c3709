values = [1, 2, 'three']
squares = [v * v for v in values if v.bit_length()]
