namespace Quorum.Domain;

/// <summary>Anchors reflection over the domain assembly (architecture tests, EF configuration scanning).</summary>
public static class AssemblyMarker;
