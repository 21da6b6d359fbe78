import { SlugDescription as SlugDescription_909ac42d620c535daebbd8356ad6a33b } from '../../../src/components/admin/SlugDescription'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RankingRowLabel as RankingRowLabel_e661dba252ba4b215f1d264c99871f74 } from '../../../src/components/admin/RankingRowLabel'
import { ScoreGrid as ScoreGrid_435f80ae118e8987c9dbacbfd9b5336b } from '../../../src/components/admin/ScoreGrid'
import { ShareLinks as ShareLinks_b1ff82402f07ef743a0d18be31310c79 } from '../../../src/components/admin/ShareLinks'
import { ChecksPanel as ChecksPanel_ca76a16c6977a2f5a85057e57c9109a2 } from '../../../src/components/admin/ChecksPanel'
import { ReviewPanel as ReviewPanel_f8d7bbaa8f4fc79e2dbefebda041c9fe } from '../../../src/components/admin/review/ReviewPanel'
import { ReadersPanel as ReadersPanel_cc8eadb0bb6f8a2b3404b65ee9f0fdb5 } from '../../../src/components/admin/ReadersPanel'
import { AddToRelease as AddToRelease_9c349e3fcd1b3dc06276a979f41bf4b9 } from '@/components/admin/AddToRelease'
import { ChecksSummary as ChecksSummary_ca76a16c6977a2f5a85057e57c9109a2 } from '../../../src/components/admin/ChecksPanel'
import { ReviewSummary as ReviewSummary_998aa54cfb7efe1b95a6eec6ce48ded7 } from '../../../src/components/admin/review/ReviewSummary'
import { ReviewCommentsOnDelete as ReviewCommentsOnDelete_68eac964b346afc6eb493edc9983aab5 } from '../../../src/components/admin/ReviewCommentsOnDelete'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockRowLabel as BlockRowLabel_42d9aefee9da8b5ca61d4dc1092f2542 } from '../../../src/components/admin/BlockRowLabel'
import { ReleaseActions as ReleaseActions_1d718e8848f80388de03a515c3259a72 } from '@/components/admin/ReleaseActions'
import { CompareLink as CompareLink_b75d95cdf99654227a1354656530c9d2 } from '@/components/admin/CompareLink'
import { ReleaseItemLabel as ReleaseItemLabel_9e430de0108bffb267c25e26f2311c68 } from '../../../src/components/admin/ReleaseItemLabel'
import { ShareLinkStateCell as ShareLinkStateCell_caf74d1b5dcef0f46f96f94005c863f1 } from '../../../src/components/admin/ShareLinkCells'
import { ShareLinkUrlCell as ShareLinkUrlCell_caf74d1b5dcef0f46f96f94005c863f1 } from '../../../src/components/admin/ShareLinkCells'
import { ShareLinkUrlField as ShareLinkUrlField_caf74d1b5dcef0f46f96f94005c863f1 } from '../../../src/components/admin/ShareLinkCells'
import { TextRowLabel as TextRowLabel_ac86d0c5af72dc2a55df13dd6b0bf7f7 } from '../../../src/components/admin/TextRowLabel'
import { Cockpit as Cockpit_a7c669ef1ad970723584189a6e857497 } from '../../../src/components/admin/Cockpit'
import { OpenNavOnDesktop as OpenNavOnDesktop_ea3c87fbba50decb6cb01ceb3e7b98bf } from '../../../src/components/admin/OpenNavOnDesktop'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/admin/SlugDescription#SlugDescription": SlugDescription_909ac42d620c535daebbd8356ad6a33b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/RankingRowLabel#RankingRowLabel": RankingRowLabel_e661dba252ba4b215f1d264c99871f74,
  "/src/components/admin/ScoreGrid#ScoreGrid": ScoreGrid_435f80ae118e8987c9dbacbfd9b5336b,
  "/src/components/admin/ShareLinks#ShareLinks": ShareLinks_b1ff82402f07ef743a0d18be31310c79,
  "/src/components/admin/ChecksPanel#ChecksPanel": ChecksPanel_ca76a16c6977a2f5a85057e57c9109a2,
  "/src/components/admin/review/ReviewPanel#ReviewPanel": ReviewPanel_f8d7bbaa8f4fc79e2dbefebda041c9fe,
  "/src/components/admin/ReadersPanel#ReadersPanel": ReadersPanel_cc8eadb0bb6f8a2b3404b65ee9f0fdb5,
  "@/components/admin/AddToRelease#AddToRelease": AddToRelease_9c349e3fcd1b3dc06276a979f41bf4b9,
  "/src/components/admin/ChecksPanel#ChecksSummary": ChecksSummary_ca76a16c6977a2f5a85057e57c9109a2,
  "/src/components/admin/review/ReviewSummary#ReviewSummary": ReviewSummary_998aa54cfb7efe1b95a6eec6ce48ded7,
  "/src/components/admin/ReviewCommentsOnDelete#ReviewCommentsOnDelete": ReviewCommentsOnDelete_68eac964b346afc6eb493edc9983aab5,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/BlockRowLabel#BlockRowLabel": BlockRowLabel_42d9aefee9da8b5ca61d4dc1092f2542,
  "@/components/admin/ReleaseActions#ReleaseActions": ReleaseActions_1d718e8848f80388de03a515c3259a72,
  "@/components/admin/CompareLink#CompareLink": CompareLink_b75d95cdf99654227a1354656530c9d2,
  "/src/components/admin/ReleaseItemLabel#ReleaseItemLabel": ReleaseItemLabel_9e430de0108bffb267c25e26f2311c68,
  "/src/components/admin/ShareLinkCells#ShareLinkStateCell": ShareLinkStateCell_caf74d1b5dcef0f46f96f94005c863f1,
  "/src/components/admin/ShareLinkCells#ShareLinkUrlCell": ShareLinkUrlCell_caf74d1b5dcef0f46f96f94005c863f1,
  "/src/components/admin/ShareLinkCells#ShareLinkUrlField": ShareLinkUrlField_caf74d1b5dcef0f46f96f94005c863f1,
  "/src/components/admin/TextRowLabel#TextRowLabel": TextRowLabel_ac86d0c5af72dc2a55df13dd6b0bf7f7,
  "/src/components/admin/Cockpit#Cockpit": Cockpit_a7c669ef1ad970723584189a6e857497,
  "/src/components/admin/OpenNavOnDesktop#OpenNavOnDesktop": OpenNavOnDesktop_ea3c87fbba50decb6cb01ceb3e7b98bf,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
