using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;

namespace Quorum.Data.Configurations.Committees;

internal sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Purpose).HasMaxLength(4000);
        builder.Property(c => c.ClerkName).HasMaxLength(200);
        builder.Property(c => c.ClerkTitle).HasMaxLength(200);
        builder.Property(c => c.ClerkPhone).HasMaxLength(50);
        builder.Property(c => c.ClerkEmail).HasMaxLength(254);
        builder.HasOne<Council>().WithMany().HasForeignKey(c => c.CouncilId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Memberships).WithOne().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.CouncilId, c.Slug }).IsUnique();
    }
}
