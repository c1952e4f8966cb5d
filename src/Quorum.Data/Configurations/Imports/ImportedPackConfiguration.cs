using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;
using Quorum.Domain.Imports;
using Quorum.Domain.Meetings;

namespace Quorum.Data.Configurations.Imports;

internal sealed class ImportedPackConfiguration : IEntityTypeConfiguration<ImportedPack>
{
    public void Configure(EntityTypeBuilder<ImportedPack> builder)
    {
        builder.Property(p => p.FileName).HasMaxLength(260);
        builder.Property(p => p.ContentHash).HasMaxLength(64);
        builder.Property(p => p.Format).HasMaxLength(10);
        builder.HasOne<Council>().WithMany().HasForeignKey(p => p.CouncilId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Committee>().WithMany().HasForeignKey(p => p.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
        // The same bytes are one pack in a council: re-importing them finds this row. Another council on the same
        // install may import the same file (a joint committee's papers are published by each of its councils).
        builder.HasIndex(p => new { p.CouncilId, p.ContentHash }).IsUnique();
        builder.HasIndex(p => p.ContentHash);
        builder.HasIndex(p => new { p.MeetingId, p.Version }).IsUnique();
    }
}
