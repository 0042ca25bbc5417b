class ValidationError(Exception):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f'{field}: {problem}')
errors = []
for field, value in [('age', -1), ('name', ''), ('email', 'a@b')]:
    try:
        if field == 'age' and value < 0:
            raise ValidationError(field, 'must be >= 0')
        if field == 'name' and not value:
            raise ValidationError(field, 'required')
    except ValidationError as e:
        errors.append(e)
for e in errors:
    print(e.field, '|', e.problem, '|', e)
