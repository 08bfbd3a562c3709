print(format(0.0, '.2e'), format(-0.0, 'f'), format(float('inf'), '>6'), format(float('nan'), '+'), format(1e-7, 'g'), format(123456789.0, 'g'), format(0.5, '.0f'), format(1.5, '.0f'))
