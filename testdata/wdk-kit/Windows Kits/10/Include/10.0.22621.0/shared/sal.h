/* lookaside-lint test kit: a few SAL annotations, defined away as the real sal.h does for a compiler
   without code analysis. Written for lookaside-lint's tests; the real kit's header is far larger. */
#pragma once
#define _In_
#define _In_opt_
#define _Out_
#define _Inout_
#define _Use_decl_annotations_
#define _IRQL_requires_max_(irql)
#define _IRQL_raises_(irql)
#define _Function_class_(x)
