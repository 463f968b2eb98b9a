// CaseB: scripted matching case
class CaseB2 { int v = 2; }
class CaseB3 { int v = 3; }
class CaseB4 { int v = 4; }
class CaseB5 { int v = 5; }
class CaseB6 { int v = 6; }
class CaseB7 { int v = 7; }
class CaseB8 { int v = 8; }
class CaseB9 { int v = 9; }
class CaseB10 { int v = 10; }
