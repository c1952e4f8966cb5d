using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;
using Quorum.Domain.People;

namespace Quorum.Data.Configurations.People;

internal sealed class WardConfiguration : IEntityTypeConfiguration<Ward>
{
    public void Configure(EntityTypeBuilder<Ward> builder)
    {
        builder.Property(w => w.Name).HasMaxLength(100);
        builder.HasOne<Council>().WithMany().HasForeignKey(w => w.CouncilId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(w => new { w.CouncilId, w.Slug }).IsUnique();
    }
}
