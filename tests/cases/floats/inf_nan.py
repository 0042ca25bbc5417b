import math
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0)
print(inf > 10 ** 300, -inf < -1e308, nan == nan, nan != nan, nan < 1, nan > 1)
print(math.isinf(inf), math.isnan(nan), math.isnan(inf), math.isfinite(1.0))
print(1e308 * 10, -1e308 * 10, repr(float('-nan')))
print(inf == float('infinity'), [nan] == [nan], nan in [nan])
print(max(1, inf), min(-inf, 0), str(inf), repr(-inf))
