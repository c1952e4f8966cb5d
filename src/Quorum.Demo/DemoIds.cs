namespace Quorum.Demo;

/// <summary>
/// Ids of the records added after the random stream (forward plan, petitions, deputations), derived from the record
/// they belong to, so adding them changes nothing else in the demo and one seed always gives the same database.
/// </summary>
internal static class DemoIds
{
    public static Guid Derived(Guid from, byte salt)
    {
        var bytes = from.ToByteArray();
        bytes[^1] ^= salt;
        return new Guid(bytes);
    }
}
