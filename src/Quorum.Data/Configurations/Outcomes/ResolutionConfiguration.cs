using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Outcomes;

namespace Quorum.Data.Configurations.Outcomes;

internal sealed class ResolutionConfiguration : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> builder)
    {
        builder.PrimitiveCollection(r => r.Parts);
        builder.HasOne<Vote>().WithMany().HasForeignKey(r => r.VoteId).OnDelete(DeleteBehavior.SetNull);
    }
}
