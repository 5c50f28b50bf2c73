namespace IntegrationHub.Notifications.Tests;

/// <summary>Patients of two practices: THE LEEDS SURGERY (B82001) and RIVERSIDE (Y01234).</summary>
internal static class People
{
    public const string Leeds = "B82001";
    public const string Riverside = "Y01234";

    public static readonly V2.Person Sarah = new(V2.OtherNhsNumber, "RXX2000001", Family: "JONES", Given: "SARAH", GpOds: Riverside, GpName: "RIVERSIDE", Born: "19801103");

    /// <summary>A distinct Leeds patient per seed (valid NHS number, own hospital number).</summary>
    public static V2.Person LeedsPatient(int seed) => new(V2.MakeNhsNumber(100_000 + seed), "RXX3" + seed.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), Family: "BROWN", Given: "ALEX");

    public static string LeedsToken() => Tokens.Create("system/Subscription.*", ods: Leeds);

    public static string RiversideToken() => Tokens.Create("system/Subscription.*", ods: Riverside);
}
