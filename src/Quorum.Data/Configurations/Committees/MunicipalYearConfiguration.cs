using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;

namespace Quorum.Data.Configurations.Committees;

internal sealed class MunicipalYearConfiguration : IEntityTypeConfiguration<MunicipalYear>
{
    public void Configure(EntityTypeBuilder<MunicipalYear> builder)
    {
        builder.HasOne<Council>().WithMany().HasForeignKey(y => y.CouncilId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(y => new { y.CouncilId, y.StartsOn }).IsUnique();
    }
}
