using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;
using Quorum.Domain.Outcomes;

namespace Quorum.Data.Configurations.Outcomes;

internal sealed class MinuteConfiguration : IEntityTypeConfiguration<Minute>
{
    public void Configure(EntityTypeBuilder<Minute> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(500);
        builder.HasOne(m => m.Meeting).WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Committee>().WithMany().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.AgendaItem).WithMany().HasForeignKey(m => m.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Resolutions).WithOne().HasForeignKey(r => r.MinuteId).OnDelete(DeleteBehavior.Cascade);
        // Minute numbers run on across a body's meetings and are never reused.
        builder.HasIndex(m => new { m.CommitteeId, m.Number }).IsUnique();
    }
}
