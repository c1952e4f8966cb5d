using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;

namespace Quorum.Data.Configurations.Committees;

internal sealed class PartyGroupConfiguration : IEntityTypeConfiguration<PartyGroup>
{
    public void Configure(EntityTypeBuilder<PartyGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.HasOne<Council>().WithMany().HasForeignKey(g => g.CouncilId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.CouncilId, g.Slug }).IsUnique();
    }
}
