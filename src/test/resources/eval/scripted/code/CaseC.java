// CaseC: clean
class CaseC2 { }
class CaseC3 { }
class CaseC4 { }
class CaseC5 { }
