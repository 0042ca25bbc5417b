package vm

// This file defines bool, the subclass of int with the two values True and
// False. Arithmetic, hashing and comparison are int's (obj_int.go accepts a
// Bool wherever it accepts an Int, and keeps & | ^ of two bools a bool).

// The interned strs of the two bool reprs.
var (
	strTrue  = NewStr("True")
	strFalse = NewStr("False")
)

// bool_repr returns "True" or "False".
func bool_repr(t *Thread, o Object) (Object, error) {
	if o.(Bool) {
		return strTrue, nil
	}
	return strFalse, nil
}

// bool_new implements bool(x=False).
func bool_new(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "bool() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return False, nil
	case 1:
		b, err := Truthy(t, args[0])
		if err != nil {
			return nil, err
		}
		return Bool(b), nil
	}
	return nil, Errorf(TypeError, "bool expected at most 1 argument, got %d", len(args))
}

func init() {
	BoolType.Bases = []*Type{IntType}
	BoolType.Doc = "bool(x) -> bool"
	BoolType.New = bool_new
	BoolType.Repr = bool_repr
}
