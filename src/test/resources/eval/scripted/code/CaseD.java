// CaseD: clean
class CaseD2 { }
class CaseD3 { }
class CaseD4 { }
class CaseD5 { }
