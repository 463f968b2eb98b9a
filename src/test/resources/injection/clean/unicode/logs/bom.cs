namespace Example;

public static class Greeting
{
    public static string Hello(string name) => $"Hello, {name}!";
}
