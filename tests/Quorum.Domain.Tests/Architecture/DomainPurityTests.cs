using System.Reflection;

namespace Quorum.Domain.Tests.Architecture;

public class DomainPurityTests
{
    private static readonly string[] ForbiddenPrefixes =
    [
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore",
        "Npgsql",
        "Microsoft.Data.Sqlite",
        "System.CommandLine",
        "Spectre.Console",
    ];

    [Fact]
    public void The_domain_references_no_storage_web_or_console_assembly()
    {
        var domain = typeof(Quorum.Domain.AssemblyMarker).Assembly;
        var offending = domain.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(n => ForbiddenPrefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void The_domain_never_reads_the_system_clock()
    {
        // Rules take dates as arguments or an injected NodaTime IClock; DateTime.Now makes them untestable.
        var domain = typeof(Quorum.Domain.AssemblyMarker).Assembly;
        var clockUsers = domain.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetMethodBody() is not null)
            .Where(m => UsesSystemClock(m))
            .Select(m => m.DeclaringType!.FullName + "." + m.Name)
            .ToList();
        Assert.Empty(clockUsers);
    }

    private static bool UsesSystemClock(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray() ?? [];
        for (var i = 0; i + 4 < il.Length; i++)
        {
            // call / callvirt followed by a metadata token
            if (il[i] is not (0x28 or 0x6F)) continue;
            var token = BitConverter.ToInt32(il, i + 1);
            try
            {
                if (method.Module.ResolveMethod(token) is MethodBase callee
                    && callee.DeclaringType is { } t
                    && (t == typeof(DateTime) || t == typeof(DateTimeOffset))
                    && callee.Name is "get_Now" or "get_UtcNow" or "get_Today")
                {
                    return true;
                }
            }
            catch (ArgumentException)
            {
                // Not a method token at this offset (IL bytes are not aligned to instructions); keep scanning.
            }
        }
        return false;
    }
}
