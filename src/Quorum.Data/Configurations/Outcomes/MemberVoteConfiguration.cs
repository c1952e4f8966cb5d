using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Outcomes;
using Quorum.Domain.People;

namespace Quorum.Data.Configurations.Outcomes;

internal sealed class MemberVoteConfiguration : IEntityTypeConfiguration<MemberVote>
{
    public void Configure(EntityTypeBuilder<MemberVote> builder)
    {
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.VoteId, v.PersonId }).IsUnique();
    }
}
